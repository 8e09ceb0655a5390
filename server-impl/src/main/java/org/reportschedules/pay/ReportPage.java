package org.reportschedules.pay;

import java.util.List;
import java.util.Optional;

/** One page of Get Reports, newest first, and the token of the next page when more reports match. */
public record ReportPage(List<ReportAsOf> reports, Optional<String> nextToken) {

    public ReportPage {
        reports = List.copyOf(reports);
    }
}
