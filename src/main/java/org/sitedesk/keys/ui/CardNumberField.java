package org.sitedesk.keys.ui;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sitedesk.keys.PassNumber;

/**
 * A pass number field that a USB card reader can fill: the reader types the card's number like a
 * keyboard and ends with Enter. The Enter is taken here (it never presses the form's default
 * button half-way), the number is tidied as the register stores it (spaces and control characters
 * dropped, letters upper case, leading zeros kept) and {@code onRead} runs, e.g. to move on to the
 * next field or to look the card up. Focus selects what is there, so the next card replaces it.
 */
public final class CardNumberField extends TextField {
    private Runnable onRead = () -> { };

    public CardNumberField() {
        setPrefColumnCount(14);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                setText(PassNumber.normalize(getText()));
                positionCaret(getText().length());
                onRead.run();
            }
        });
        focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                // after the click that focused the field has placed the caret
                javafx.application.Platform.runLater(this::selectAll);
            }
        });
    }

    /** What to do once a number is read (Enter from the reader or the keyboard). */
    public void setOnRead(Runnable action) {
        onRead = action == null ? () -> { } : action;
    }
}
