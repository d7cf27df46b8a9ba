package org.sitedesk.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The test page's rulers: millimetre ticks along the top and left edge of the paper, numbered every
 * centimetre, a frame 10 mm in from the edges and a cross at 20 mm / 20 mm. Held against a
 * pre-printed form they show how far the printer puts things off. Numbers are drawn as outlines, so
 * the PDF needs no font for them.
 */
final class MillimetreRuler extends AbstractRenderer implements Graphics2DRenderable {
    private static final long serialVersionUID = 1L;
    private static final double POINTS_PER_MM = 72 / 25.4;

    private final Paper paper;
    private final int elementWidthPoints;

    MillimetreRuler(Paper paper, int elementWidthPoints) {
        this.paper = paper;
        this.elementWidthPoints = elementWidthPoints;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            double scale = area.getWidth() / elementWidthPoints * POINTS_PER_MM;
            g.translate(area.getX(), area.getY());
            g.scale(scale, scale);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.15f));
            for (int mm = 0; mm <= paper.widthMm(); mm++) {
                g.draw(new Line2D.Double(mm, 0, mm, tick(mm)));
                number(g, mm, mm + 0.6, 6.2);
            }
            for (int mm = 0; mm <= paper.heightMm(); mm++) {
                g.draw(new Line2D.Double(0, mm, tick(mm), mm));
                number(g, mm, 5.6, mm + 1.0);
            }
            g.setStroke(new BasicStroke(0.3f));
            g.draw(new Rectangle2D.Double(10, 10, paper.widthMm() - 20.0, paper.heightMm() - 20.0));
            g.draw(new Line2D.Double(15, 20, 25, 20));
            g.draw(new Line2D.Double(20, 15, 20, 25));
        } finally {
            g.dispose();
        }
    }

    private static double tick(int mm) {
        if (mm % 10 == 0) {
            return 5;
        }
        return mm % 5 == 0 ? 3.5 : 2;
    }

    private static void number(Graphics2D g, int mm, double x, double y) {
        if (mm == 0 || mm % 10 != 0) {
            return;
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(2.2f);
        FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
        g.fill(font.createGlyphVector(context, Integer.toString(mm / 10)).getOutline((float) x, (float) y));
    }
}
