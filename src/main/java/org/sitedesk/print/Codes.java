package org.sitedesk.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes and barcodes for printouts, drawn with ZXing one pixel per module: the template scales
 * the image to its frame without smoothing, so the printer gets sharp edges.
 */
public final class Codes {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private Codes() {
    }

    public static BufferedImage qr(String text) {
        try {
            return image(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(), EncodeHintType.MARGIN, 0)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + text, e);
        }
    }

    /** Code 128, as hand scanners read it; {@code height} in modules. */
    public static BufferedImage code128(String text, int height) {
        return image(new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, height,
                Map.of(EncodeHintType.MARGIN, 0)));
    }

    private static BufferedImage image(BitMatrix matrix) {
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        return image;
    }
}
