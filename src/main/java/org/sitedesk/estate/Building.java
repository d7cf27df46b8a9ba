package org.sitedesk.estate;

import java.util.List;

/** A building (楼栋) with its entrances (单元), for the estate tree. */
public record Building(String code, List<String> entrances, int units) {
}
