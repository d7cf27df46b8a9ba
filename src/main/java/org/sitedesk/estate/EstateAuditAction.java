package org.sitedesk.estate;

import org.sitedesk.core.audit.AuditAction;

/** What the estate and household screens change, as the audit log names it. */
public enum EstateAuditAction implements AuditAction {
    UNITS_IMPORTED("audit.action.unitsImported", "unit"),
    OWNERS_IMPORTED("audit.action.ownersImported", "person"),
    UNIT_CHANGED("audit.action.unitChanged", "unit"),
    PERSON_ADDED("audit.action.personAdded", "person"),
    PERSON_CHANGED("audit.action.personChanged", "person"),
    PERSON_ENDED("audit.action.personEnded", "person"),
    VEHICLE_ADDED("audit.action.vehicleAdded", "vehicle"),
    VEHICLE_ENDED("audit.action.vehicleEnded", "vehicle"),
    PET_ADDED("audit.action.petAdded", "pet"),
    PET_ENDED("audit.action.petEnded", "pet"),
    OWNERSHIP_TRANSFERRED("audit.action.ownershipTransferred", "unit"),
    PERSONAL_DATA_VIEWED("audit.action.personalDataViewed", "person"),
    PERSONAL_DATA_EXPORTED("audit.action.personalDataExported", "export");

    private final String messageKey;
    private final String entityType;

    EstateAuditAction(String messageKey, String entityType) {
        this.messageKey = messageKey;
        this.entityType = entityType;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
