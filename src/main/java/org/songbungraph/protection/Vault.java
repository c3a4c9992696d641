package org.songbungraph.protection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.songbungraph.shell.AtomicFiles;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The sealed identities of protected people: one file, encrypted with AES-256-GCM under a key that Argon2id
 * derives from the passphrase each time; the key is never stored. The witness codes and person ids stand in
 * the clear header, since every command shows them anyway, so `check` can match the vault to persons.csv
 * without the passphrase. The whole header is authenticated with the identities: changing a byte of either
 * fails the GCM tag.
 */
public final class Vault {

    /** The file the shipped data and {@code seal} keep identities in, beside the CSV files. */
    public static final String FILE_NAME = "identities.sealed";

    static final String FORMAT = "songbun-graph sealed identities";
    static final int VERSION = 1;

    /** Argon2id's cost: OWASP's recommended minimum is 19 MiB and 2 passes; this is well above it. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public static final Cost STANDARD = new Cost(64 * 1024, 3, 1);
    }

    /** One protected person's identifying cells, by column name. */
    public record Identity(String witnessCode, String personId, Map<String, String> fields) {
        public Identity {
            fields = Map.copyOf(fields);
        }
    }

    /** Who is in the vault, readable without the passphrase. */
    record Header(
            String format,
            int version,
            String kdf,
            int memoryKiB,
            int iterations,
            int parallelism,
            String salt,
            String cipher,
            String nonce,
            String check,
            List<Entry> sealed) {}

    /** A sealed person: the code and id that commands show, never the identity. */
    public record Entry(String witnessCode, String personId) {}

    record Envelope(Header header, String ciphertext) {}

    private record Content(List<Identity> identities) {}

    // Sorted, so the header's bytes (the tag's associated data) are the same wherever they are written.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CHECK_LABEL = "songbun-graph vault passphrase check".getBytes(StandardCharsets.UTF_8);

    private Vault() {}

    /** The codes and ids sealed in {@code file}, without decrypting anything. */
    public static List<Entry> entries(Path file) {
        return read(file).header().sealed();
    }

    /** Decrypts the identities; a wrong passphrase or a changed file is refused with nothing revealed. */
    public static List<Identity> open(Path file, char[] passphrase) {
        Envelope envelope = read(file);
        Header header = envelope.header();
        byte[] keys = derive(passphrase, header);
        try {
            byte[] check = mac(Arrays.copyOfRange(keys, 32, 64));
            if (!org.bouncycastle.util.Arrays.constantTimeAreEqual(check, decode(file, header.check()))) {
                throw new SongbunException(
                        ExitCode.WRONG_PASSPHRASE,
                        "Wrong vault passphrase for " + file + ": nothing was revealed. The passphrase comes from "
                                + "SONGBUN_VAULT_PASSPHRASE, or is asked for in the interactive shell.");
            }
            byte[] plain;
            try {
                plain = gcm(false, Arrays.copyOf(keys, 32), decode(file, header.nonce()), aad(header))
                        .apply(decode(file, envelope.ciphertext()));
            } catch (InvalidCipherTextException e) {
                throw damaged(
                        file,
                        "its authentication tag does not match: the file was changed or damaged after "
                                + "it was sealed. Restore it from a backup",
                        e);
            }
            Content content = parse(file, plain, Content.class);
            Arrays.fill(plain, (byte) 0);
            List<Entry> inside = content.identities().stream()
                    .map(i -> new Entry(i.witnessCode(), i.personId()))
                    .toList();
            if (!inside.equals(header.sealed())) {
                throw damaged(file, "its list of witness codes does not match its sealed content", null);
            }
            return content.identities();
        } finally {
            Arrays.fill(keys, (byte) 0);
        }
    }

    /**
     * Writes {@code identities} to {@code file} under a new salt and nonce, atomically and owner-only: a reader
     * sees the old file or the new one, never part of one.
     */
    public static void write(Path file, List<Identity> identities, char[] passphrase, Cost cost) {
        List<Identity> sorted = identities.stream()
                .sorted(Comparator.comparing(Identity::witnessCode))
                .toList();
        requireUnique(file, sorted);
        byte[] salt = random(16);
        byte[] nonce = random(12);
        Header unsigned = new Header(
                FORMAT,
                VERSION,
                "argon2id",
                cost.memoryKiB(),
                cost.iterations(),
                cost.parallelism(),
                encode(salt),
                "AES-256-GCM",
                encode(nonce),
                "",
                sorted.stream()
                        .map(i -> new Entry(i.witnessCode(), i.personId()))
                        .toList());
        byte[] keys = derive(passphrase, unsigned);
        try {
            Header header = withCheck(unsigned, encode(mac(Arrays.copyOfRange(keys, 32, 64))));
            byte[] plain = JSON.writeValueAsBytes(new Content(sorted));
            byte[] sealed;
            try {
                sealed = gcm(true, Arrays.copyOf(keys, 32), nonce, aad(header)).apply(plain);
            } catch (InvalidCipherTextException e) {
                throw new IllegalStateException("encryption cannot fail a tag", e);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
            byte[] bytes =
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Envelope(header, encode(sealed)));
            replace(file, bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(keys, (byte) 0);
        }
    }

    private static void requireUnique(Path file, List<Identity> identities) {
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Identity i : identities) {
            if (!codes.add(i.witnessCode()) || !ids.add(i.personId())) {
                throw damaged(
                        file,
                        "witness code " + i.witnessCode() + " (" + i.personId() + ") would be sealed twice; each "
                                + "protected person has one code and one entry",
                        null);
            }
        }
    }

    private static Envelope read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SongbunException(
                    ExitCode.VAULT_UNUSABLE,
                    "There is no vault at " + file + ". Protected identities are kept there; `seal` creates it "
                            + "from the import folder's protected rows.",
                    e);
        } catch (IOException e) {
            throw damaged(file, "it cannot be read: " + e.getMessage(), e);
        }
        Envelope envelope = parse(file, bytes, Envelope.class);
        Header h = envelope.header();
        if (h == null
                || !FORMAT.equals(h.format())
                || h.version() != VERSION
                || !"argon2id".equals(h.kdf())
                || !"AES-256-GCM".equals(h.cipher())
                || h.sealed() == null
                || envelope.ciphertext() == null) {
            throw damaged(file, "it is not a version " + VERSION + " vault of this tool", null);
        }
        Set<String> codes = new HashSet<>();
        for (Entry e : h.sealed()) {
            if (!codes.add(e.witnessCode())) {
                throw damaged(file, "witness code " + e.witnessCode() + " appears twice in it", null);
            }
        }
        return envelope;
    }

    private static <T> T parse(Path file, byte[] bytes, Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            // Jackson's message can quote the input; for decrypted content that would be an identity.
            throw damaged(file, "its " + (type == Content.class ? "sealed content" : "header") + " is not valid", null);
        }
    }

    private static SongbunException damaged(Path file, String why, Throwable cause) {
        return new SongbunException(
                ExitCode.VAULT_UNUSABLE, "The vault " + file + " cannot be used: " + why + ".", cause);
    }

    private static Header withCheck(Header h, String check) {
        return new Header(
                h.format(),
                h.version(),
                h.kdf(),
                h.memoryKiB(),
                h.iterations(),
                h.parallelism(),
                h.salt(),
                h.cipher(),
                h.nonce(),
                check,
                h.sealed());
    }

    /** The header as associated data: every field of it is then covered by the tag. */
    private static byte[] aad(Header header) {
        try {
            return JSON.writeValueAsBytes(header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 64 bytes: the AES key, then a key that only proves the passphrase right. */
    private static byte[] derive(char[] passphrase, Header h) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(Base64.getDecoder().decode(h.salt()))
                .withMemoryAsKB(h.memoryKiB())
                .withIterations(h.iterations())
                .withParallelism(h.parallelism())
                .build());
        byte[] out = new byte[64];
        argon2.generateBytes(passphrase, out);
        return out;
    }

    private static byte[] mac(byte[] key) {
        HMac hmac = new HMac(SHA256Digest.newInstance());
        hmac.init(new KeyParameter(key));
        hmac.update(CHECK_LABEL, 0, CHECK_LABEL.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        Arrays.fill(key, (byte) 0);
        return out;
    }

    private interface Step {
        byte[] apply(byte[] input) throws InvalidCipherTextException;
    }

    private static Step gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] aad) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
        Arrays.fill(key, (byte) 0);
        return input -> {
            byte[] out = new byte[cipher.getOutputSize(input.length)];
            int n = cipher.processBytes(input, 0, input.length, out, 0);
            n += cipher.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        };
    }

    private static void replace(Path file, byte[] bytes) {
        try {
            AtomicFiles.replace(file, bytes, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Cannot write the vault " + file + ": " + e.getMessage() + ". Nothing was changed.",
                    e);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(Path file, String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw damaged(file, "a field of it is not valid Base64", null);
        }
    }
}
