package org.sitedesk.lostfound;

/** A found item's photo: the SHA-256 of its content (its file name in the store) and its kind. */
public record ItemPhoto(String hash, PhotoType type) {
}
