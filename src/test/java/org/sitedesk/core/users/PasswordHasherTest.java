package org.sitedesk.core.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** DOMAIN.md "Data safety" 4: passwords kept only as Argon2id hashes (19 MiB, 2 iterations, parallelism 1). */
class PasswordHasherTest {
    /** Made by the hashing library SiteDesk used before; databases already hold hashes like it. */
    private static final String EARLIER_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$9KJEDjvRms9yW/DfpZ1U7w$4pDHBLU9fxmKOfouywnN0mpg2bFZEGd/xzKSEMiQKXU";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithTheDomainParametersAndARandomSalt() {
        String first = hasher.hash("柜台密码 2026");
        String second = hasher.hash("柜台密码 2026");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("柜台密码");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("柜台密码 2026", first)).isTrue();
        assertThat(hasher.matches("柜台密码 2026", second)).isTrue();
        assertThat(hasher.matches("柜台密码 2027", first)).isFalse();
    }

    @Test
    void verifiesHashesStoredBeforeTheLibraryChanged() {
        assertThat(hasher.matches("柜台密码 2026", EARLIER_HASH)).isTrue();
        assertThat(hasher.matches("柜台密码2026", EARLIER_HASH)).isFalse();
    }

    @Test
    void readsTheParametersFromTheStoredHash() {
        // a hash made under other settings (less memory, one pass, two lanes) still verifies with them
        byte[] salt = "a salt of 16 b..".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(1024).withIterations(1).withParallelism(2).withSalt(salt).build());
        byte[] hash = new byte[24];
        generator.generateBytes("前台".getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String stored = "$argon2id$v=19$m=1024,t=1,p=2$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);

        assertThat(hasher.matches("前台", stored)).isTrue();
        assertThat(hasher.matches("前台", stored.replace("t=1", "t=2"))).isFalse();
    }

    @Test
    void neverMatchesWhatIsNotAnArgon2idHash() {
        assertThat(hasher.matches("secret", null)).isFalse();
        assertThat(hasher.matches("secret", "")).isFalse();
        assertThat(hasher.matches("secret", "secret")).isFalse();
        assertThat(hasher.matches("secret", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches("secret", EARLIER_HASH.replace("argon2id", "argon2i"))).isFalse();
        assertThat(hasher.matches("secret", EARLIER_HASH.replace("m=19456", "m=x"))).isFalse();
        assertThat(hasher.matches("secret", EARLIER_HASH.replace("v=19", "v=16"))).isFalse();
    }
}
