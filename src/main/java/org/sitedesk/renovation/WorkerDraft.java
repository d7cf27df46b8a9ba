package org.sitedesk.renovation;

/** A worker as entered: name, resident ID number (GB 11643), phone, trade, special-work certificate where the trade needs one. */
public record WorkerDraft(String name, String idNumber, String phone, String trade, String certificate) {
}
