package org.sitedesk.core.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id with the parameters of DOMAIN.md "Data safety" 4: 19 MiB, 2 iterations, parallelism 1. */
public final class PasswordHasher {
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final Argon2Function argon2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, 19);

    /** The encoded hash ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), salt included. */
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    public boolean matches(String password, String encodedHash) {
        // parameters are read from the stored hash, so hashes made with older settings still verify
        return Password.check(password, encodedHash).with(Argon2Function.getInstanceFromHash(encodedHash));
    }
}
