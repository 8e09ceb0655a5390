package org.reportschedules.pay;

/**
 * How Get Report Schedule By Id answers. Amazon's page shows a one-element list; the official SDKs read a
 * flat object, and the Node SDK's test against the live sandbox asserts flat keys, so flat is the default.
 */
public enum ScheduleByIdShape {
    FLAT,
    WRAPPED
}
