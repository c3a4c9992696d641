package org.songbungraph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of songbun-graph. Each can be set in {@code application.yml} or as an environment
 * variable ({@code songbun.bolt-port} is {@code SONGBUN_BOLT_PORT}); the command line is left to
 * shell commands.
 */
@ConfigurationProperties(prefix = "songbun")
public class SongbunProperties {

    /** Where the embedded store, the generated password and the logs live. Git ignores ./data. */
    private Path dataDir = Path.of("data");

    /** Folder of CSV files that LOAD CSV reads as file:///; the embedded server's import directory. */
    private Path importDir = Path.of("import");

    /** Folder of the numbered load scripts, run in file-name order by `load`. */
    private Path scriptsDir = Path.of("cypher");

    /** Address the embedded Bolt and HTTP connectors listen on. Loopback unless you mean otherwise. */
    private String listenAddress = "127.0.0.1";

    /** Bolt port of the embedded server. */
    private int boltPort = 7687;

    /** HTTP port of the embedded server, which serves Neo4j Browser at /browser/. */
    private int httpPort = 7474;

    /**
     * Password of the neo4j user. Unset: the embedded server generates one on first start and keeps
     * it in {data-dir}/password, readable by its owner only.
     */
    private String password;

    /** Load the cypher/ scripts when the database holds no nodes at start. Unset: on for embedded, off for remote. */
    private Boolean loadOnEmpty;

    /**
     * Passphrase of the vault (identities.sealed in the import folder, which stays on this machine in remote mode
     * too), from SONGBUN_VAULT_PASSPHRASE. Unset: `reveal` and `seal` ask for it without echo in
     * the interactive shell, and refuse in a one-shot command. The key is derived from it each time, never stored.
     */
    private String vaultPassphrase;

    /** Keep the interactive shell's history in {data-dir}/shell-history.log (owner-only). SONGBUN_SHELL_HISTORY=false: none. */
    private boolean shellHistory = true;

    private final Neo4j neo4j = new Neo4j();

    /** A Neo4j server or cluster to use instead of the embedded one. */
    public static class Neo4j {

        /** bolt://, neo4j:// or neo4j+s:// URI. When set, no embedded server starts. */
        private String uri;

        /** User for the remote server. */
        private String user = "neo4j";

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }
    }

    public boolean isRemote() {
        return neo4j.uri != null && !neo4j.uri.isBlank();
    }

    public boolean shouldLoadOnEmpty() {
        return loadOnEmpty != null ? loadOnEmpty : !isRemote();
    }

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path getImportDir() {
        return importDir;
    }

    public void setImportDir(Path importDir) {
        this.importDir = importDir;
    }

    public Path getScriptsDir() {
        return scriptsDir;
    }

    public void setScriptsDir(Path scriptsDir) {
        this.scriptsDir = scriptsDir;
    }

    public String getListenAddress() {
        return listenAddress;
    }

    public void setListenAddress(String listenAddress) {
        this.listenAddress = listenAddress;
    }

    public int getBoltPort() {
        return boltPort;
    }

    public void setBoltPort(int boltPort) {
        this.boltPort = boltPort;
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Boolean getLoadOnEmpty() {
        return loadOnEmpty;
    }

    public void setLoadOnEmpty(Boolean loadOnEmpty) {
        this.loadOnEmpty = loadOnEmpty;
    }

    public String getVaultPassphrase() {
        return vaultPassphrase;
    }

    public void setVaultPassphrase(String vaultPassphrase) {
        this.vaultPassphrase = vaultPassphrase;
    }

    public boolean isShellHistory() {
        return shellHistory;
    }

    public void setShellHistory(boolean shellHistory) {
        this.shellHistory = shellHistory;
    }

    public Neo4j getNeo4j() {
        return neo4j;
    }
}
