package org.sitedesk.keys;

/**
 * What became of a pass, stored by name: issued (and valid between its dates), reported lost (挂失作废,
 * for good), returned (its deposit paid back), or ended with the object it was issued under.
 */
public enum PassState {
    ISSUED,
    LOST,
    RETURNED,
    ENDED
}
