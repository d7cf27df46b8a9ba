package org.sitedesk.core.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with the parameters of DOMAIN.md "Data safety" 4: 19 MiB, 2 iterations, parallelism 1,
 * stored in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}).
 *
 * <p>Bouncy Castle's generator takes its 19 MiB for one hash and lets it go; the library used before
 * kept a zeroed 19 MiB block for each parameter set for the rest of the day, a sixth of the window's
 * heap (README, working day).
 */
public final class PasswordHasher {
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final String ARGON2ID = "argon2id";

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    /** The encoded hash, salt and parameters included. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Argon2Parameters parameters = parameters(MEMORY_KIB, ITERATIONS, PARALLELISM, salt);
        byte[] hash = derive(password, parameters, HASH_BYTES);
        return "$" + ARGON2ID + "$v=" + parameters.getVersion() + "$m=" + MEMORY_KIB + ",t=" + ITERATIONS
                + ",p=" + PARALLELISM + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Parameters are read from the stored hash, so hashes made with older settings still verify; a
     * stored value that is not an Argon2id hash never matches.
     */
    public boolean matches(String password, String encodedHash) {
        // "", "argon2id", "v=19", "m=19456,t=2,p=1", salt, hash
        String[] parts = encodedHash == null ? new String[0] : encodedHash.split("\\$");
        if (parts.length != 6 || !parts[0].isEmpty() || !ARGON2ID.equals(parts[1]) || !parts[2].startsWith("v=")) {
            return false;
        }
        try {
            int version = Integer.parseInt(parts[2].substring(2));
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String setting : parts[3].split(",")) {
                int value = Integer.parseInt(setting.substring(2));
                switch (setting.substring(0, 2)) {
                    case "m=" -> memory = value;
                    case "t=" -> iterations = value;
                    case "p=" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = DECODER.decode(parts[4]);
            byte[] expected = DECODER.decode(parts[5]);
            if (version != Argon2Parameters.ARGON2_VERSION_13 || memory <= 0 || iterations <= 0 || parallelism <= 0
                    || expected.length == 0) {
                return false;
            }
            byte[] actual = derive(password, parameters(memory, iterations, parallelism, salt), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static Argon2Parameters parameters(int memory, int iterations, int parallelism, byte[] salt) {
        return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
    }

    private static byte[] derive(String password, Argon2Parameters parameters, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }
}
