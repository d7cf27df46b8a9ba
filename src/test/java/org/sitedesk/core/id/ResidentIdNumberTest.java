package org.sitedesk.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** GB 11643-1999 resident ID numbers and mobile numbers (DOMAIN.md, personal information 2 and 4). */
class ResidentIdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theStandardsTestVectorIsValid() {
        assertThat(ResidentIdNumber.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002X")).isEqualTo('X');
    }

    @Test
    void aLowerCaseXIsAccepted() {
        assertThat(ResidentIdNumber.isValid("11010519491231002x", TODAY)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "110105194912310021, CHECK_DIGIT",
        "11010519491231002, LENGTH",
        "11010519491231002X1, LENGTH",
        "1101051949123100AX, CHARACTERS",
        "11010519490231002X, BIRTH_DATE",
        "11010520300101002X, BIRTH_DATE",
        "11010518991231002X, BIRTH_DATE",
        "'', LENGTH",
    })
    void badNumbersAreRefusedWithTheReason(String number, ResidentIdNumber.Problem problem) {
        assertThat(ResidentIdNumber.check(number, TODAY)).contains(problem);
    }

    @Test
    void aRealBirthDateWithARightCheckDigitPasses() {
        String first17 = "44030620000229123";   // 29 February 2000 was a real day
        String id = first17 + ResidentIdNumber.checkCharacter(first17 + "0");
        assertThat(ResidentIdNumber.isValid(id, TODAY)).isTrue();
    }

    @Test
    void masksKeepTheAreaAndTheLastFour() {
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "13800138000, true",
        "199 0013 8000, true",
        "138-0013-8000, true",
        "12800138000, false",
        "1380013800, false",
        "138001380001, false",
        "0571-87654321, false",
    })
    void mobileNumbers(String number, boolean valid) {
        assertThat(MobileNumber.isValid(number)).isEqualTo(valid);
    }

    @Test
    void mobileMaskKeepsThreeAndFour() {
        assertThat(MobileNumber.mask("13800138000")).isEqualTo("138****8000");
    }
}
