package org.sitedesk.estate;

/** A person's clear ID number and phone, after an audited reveal. */
public record RevealedPerson(String idNumber, String phone) {
}
