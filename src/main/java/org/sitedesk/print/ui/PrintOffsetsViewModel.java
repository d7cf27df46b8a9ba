package org.sitedesk.print.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.PrintOffset;
import org.sitedesk.print.PrintOffsetService;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.print.PrintoutTypes;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.print.TestPage;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 套打偏移: for the chosen printout, how far every field moves (mm), saved for every terminal; and a
 * test page with the offsets as typed, to try them on the pre-printed form before saving.
 */
public final class PrintOffsetsViewModel {
    private final ObjectProperty<PrintoutType> printout = new SimpleObjectProperty<>();
    private final StringProperty horizontal = new SimpleStringProperty("0.0");
    private final StringProperty vertical = new SimpleStringProperty("0.0");
    private final FormState form;
    private final PrintOffsetService offsets;
    private final PrintPreviews previews;
    private final Actor actor;
    private final UiContext ui;

    public PrintOffsetsViewModel(PrintOffsetService offsets, PrintPreviews previews, Actor actor, UiContext ui) {
        this.offsets = offsets;
        this.previews = previews;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        printout.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                form.run(progress -> offsets.offsetOf(chosen.id()), this::show);
            }
        });
    }

    public List<PrintoutType> printouts() {
        return PrintoutTypes.all();
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_SITE_SETTINGS);
    }

    public void save() {
        PrintoutType chosen = printout.get();
        typed().ifPresent(wanted -> form.run(progress -> offsets.save(actor, chosen, wanted), saved -> {
            show(saved);
            form.showMessage("settings.print.saved");
        }));
    }

    /** The test page with the offsets as typed (saved or not), rendered in the background. */
    public void testPage(java.util.function.Consumer<RenderedPrintout> preview) {
        PrintoutType chosen = printout.get();
        typed().ifPresent(offset -> {
            Function<PrintStamp, Printout> page = stamp -> TestPage.of(chosen, offset, stamp, stamp.messages());
            form.run(progress -> previews.renderWithOffset(ui.text("print.testPage.title"), page, offset), preview);
        });
    }

    private java.util.Optional<PrintOffset> typed() {
        try {
            return java.util.Optional.of(new PrintOffset(number(horizontal.get(), "print.offset.horizontal"),
                    number(vertical.get(), "print.offset.vertical")));
        } catch (UserFacingException e) {
            form.showText(ui.explain(e));
            return java.util.Optional.empty();
        }
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(text.trim().replace('＋', '+').replace('－', '-').replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new UserFacingException("error.print.offsetNumber", (Localizable) () -> field);
        }
    }

    private void show(PrintOffset offset) {
        horizontal.set(offset.horizontalMm().toPlainString());
        vertical.set(offset.verticalMm().toPlainString());
    }

    public ObjectProperty<PrintoutType> printoutProperty() {
        return printout;
    }

    public StringProperty horizontalProperty() {
        return horizontal;
    }

    public StringProperty verticalProperty() {
        return vertical;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
