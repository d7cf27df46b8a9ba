package org.sitedesk.estate.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as a formula get an apostrophe on export and lose exactly that on import. */
class SpreadsheetCellTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "@SUM(1)", "+86 138", "-1层", "\tcmd", "\rcmd", "=1+1", "'=already", "''@x"})
    void formulaLikeTextGetsOneApostropheAndReadsBackAsItWas(String text) {
        String written = SpreadsheetCell.toFile(text);

        assertThat(written).isEqualTo("'" + text);
        assertThat(SpreadsheetCell.fromFile(written)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "-3", "0.60", "150.00", "3-2-1502", "欧阳娜", "O'Brien", "'quoted", "", "a=b"})
    void numbersAndOrdinaryTextAreLeftAlone(String text) {
        assertThat(SpreadsheetCell.toFile(text)).isEqualTo(text);
        assertThat(SpreadsheetCell.fromFile(text)).isEqualTo(text);
    }

    @Test
    void csvLinesNeutraliseFormulasButKeepNegativeAmountsAsNumbers() {
        assertThat(TableWriter.csvLine(List.of("1-1-1102", "=HYPERLINK(\"x\")", "-12.50", "@SUM(1)")))
                .isEqualTo("1-1-1102,\"'=HYPERLINK(\"\"x\"\")\",-12.50,'@SUM(1)");
    }
}
