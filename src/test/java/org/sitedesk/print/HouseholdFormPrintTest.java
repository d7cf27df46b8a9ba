package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/** 业主登记表 as a PDF: Chinese text present, fonts embedded, A4, numbers masked. */
class HouseholdFormPrintTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private long unit;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        unit = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        db.services.estate().households().addVehicle(admin, unit, "浙A12345", "P-B1-001");
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PrintStamp stamp(Language language) {
        return PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.of(2026, 11, 23, 9, 30),
                new Messages(language));
    }

    private byte[] pdf(Language language) {
        return db.services.print().reports().pdf(HouseholdForm.of(db.services.estate().households().card(unit), stamp(language),
                new Messages(language)));
    }

    @Test
    void theFormSaysWhoLivesWhereInChineseWithNumbersMasked() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(Language.CHINESE))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("翠湖花园物业服务中心", "0571-87654321", "业主登记表", "3-2-1502", "张三", "89.75",
                    "110105********002X", "138****8000", "浙A12345（P-B1-001）", "业主签字", "王管理", "2026-11-23 09:30",
                    "1 / 1");
            assertThat(text).doesNotContain(EstateFixture.ZHANG_SAN_ID, "13800138000");
        }
    }

    @Test
    void thePreviewGetsEveryPageAsAnImageAndTheSamePdf() {
        RenderedPrintout rendered = db.services.print().reports().render("3-2-1502", HouseholdForm.of(db.services.estate().households().card(unit),
                stamp(Language.CHINESE), new Messages(Language.CHINESE)), 1.5f);

        assertThat(rendered.pages()).singleElement().satisfies(png ->
                assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG"));
        assertThat(new String(rendered.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void everyFontIsEmbeddedAndThePageIsA4() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(Language.ENGLISH))) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Household registration form", "张三");
        }
    }
}
