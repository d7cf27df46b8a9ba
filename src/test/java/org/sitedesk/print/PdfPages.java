package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a generated PDF shows, read back with PDFBox: text, where a word sits, page sizes, fonts. */
final class PdfPages {
    private final byte[] pdf;

    PdfPages(byte[] pdf) {
        this.pdf = pdf;
    }

    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    int count() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Width and height of every page in points, as a viewer shows it (a page turned by 90° swaps them). */
    List<float[]> sizes() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                sizes.add(page.getRotation() % 180 == 0 ? new float[] {width, height} : new float[] {height, width});
            }
            return sizes;
        }
    }

    void assertEveryFontEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    /** Where on the first page the first character of {@code word} is drawn, x and y in points. */
    float[] positionOf(String word) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[][] found = new float[1][];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    int at = text.indexOf(word);
                    if (found[0] == null && at >= 0) {
                        TextPosition first = positions.get(at);
                        found[0] = new float[] {first.getXDirAdj(), first.getYDirAdj()};
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            assertThat(found[0]).as("position of " + word).isNotNull();
            return found[0];
        }
    }
}
