package org.sitedesk.ui;

/** The only way view models talk to the user through a dialog; tests answer it themselves. */
public interface DialogService {
    void showError(String message);

    void showInformation(String message);

    boolean confirm(String message);

    /** A failure: a sentence the user can act on, or a plain "unexpected error" with the log's place. */
    void showFailure(Throwable error);
}
