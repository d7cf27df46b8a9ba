package org.sitedesk.lostfound;

import org.sitedesk.core.files.FileKind;

/** A found item's photo: the SHA-256 of its content (its file name in the store) and its kind. */
public record ItemPhoto(String hash, FileKind type) {
}
