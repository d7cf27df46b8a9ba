package org.sitedesk.estate.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitedesk.core.id.MobileNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.estate.UnitType;

/** The synthetic estate: deterministic, and valid by the same rules the import checks. */
class EstateGeneratorTest {
    private final GeneratedEstate estate = new EstateGenerator(42).generate(1000);

    @Test
    void theSameSeedGivesTheSameEstate() {
        assertThat(new EstateGenerator(42).generate(1000)).isEqualTo(estate);
        assertThat(new EstateGenerator(43).generate(1000)).isNotEqualTo(estate);
    }

    @Test
    void exactlyTheUnitsAskedForOfEveryKind() {
        assertThat(estate.units()).hasSize(1000);
        assertThat(estate.units()).extracting(UnitRow::type).contains(UnitType.values());
        assertThat(estate.units()).extracting(unit -> unit.room().toString()).doesNotHaveDuplicates();
        assertThat(new EstateGenerator(1).generate(7).units()).hasSize(7);
    }

    @Test
    void everyRowPassesTheImportRules() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(estate.units()).allSatisfy(unit -> {
            assertThat(unit.room().building()).isEqualTo(unit.building());
            assertThat(unit.room().entrance()).isEqualTo(unit.entrance());
            assertThat(unit.area().scale()).isEqualTo(2);
        });
        assertThat(estate.owners()).allSatisfy(owner -> {
            assertThat(ResidentIdNumber.check(owner.idNumber(), today)).isEmpty();
            assertThat(MobileNumber.isValid(owner.phone())).isTrue();
            assertThat(owner.name()).hasSizeBetween(2, 4);
        });
        assertThat(estate.owners().size()).as("about two owners a unit").isBetween(1850, 2250);
    }
}
