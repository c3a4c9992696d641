package org.songbungraph.shell;

/** One exit code per kind of failure, so scripts can tell them apart. Documented in the README. */
public enum ExitCode {
    OK(0),
    /** A bug or an unforeseen failure; the log file has the stack trace. */
    INTERNAL(1),
    /** The user's input is wrong: a bad option, an unknown id, or invalid data files. */
    BAD_INPUT(2),
    /** The analyst's Cypher was rejected by the database (syntax, types, missing parameter). */
    QUERY_FAILED(3),
    /** A write was attempted without --write. */
    WRITE_REFUSED(4),
    /** The database cannot be reached, or refused the credentials. */
    UNAVAILABLE(5),
    /** The embedded store is held by another process that cannot be reused. */
    STORE_IN_USE(6),
    /** A load script failed while running. */
    LOAD_FAILED(7),
    /** `verify` found import files or scripts that differ from what the last load read. */
    MISMATCH(8),
    /** The vault's passphrase is wrong: nothing was revealed or sealed. */
    WRONG_PASSPHRASE(9),
    /** The vault is missing, changed after sealing, damaged, or disagrees with the import folder. */
    VAULT_UNUSABLE(10);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
