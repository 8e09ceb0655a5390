package org.reportschedules.conformance.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportschedules.conformance.mws.MwsSigner;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;

/**
 * Implementations that each break one rule: the stub with one {@link Fault} in front of it, or the stub with
 * one of its own switches set against the rule. Each names the scenario expected to catch it, and the tags of
 * the scenarios it is judged by: the part of the suite its rule belongs to, so that the proof stays quick.
 */
enum FaultyImplementation {

    CREATE_ANSWERS_200("@pay and not @reports", "The documentation's own example request is accepted as written", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.status == 201) {
                exchange.status = 200;
            }
        }
    }),
    TWO_SCHEDULES_FOR_ONE_TYPE("@pay and not @reports", "Without deleteExistingSchedule a second schedule for the same type is refused", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.method.equals("POST") && exchange.status == 400 && exchange.responseBody.contains("already exists")) {
                exchange.status = 201;
                exchange.responseBody = "{\"reportScheduleId\":\"59999999999\"}";
            }
        }
    }),
    DELETE_EXISTING_IGNORED_IN_QUERY("@pay and not @reports", "deleteExistingSchedule true replaces the existing schedule", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            exchange.dropQueryParameter("deleteExistingSchedule");
            return false;
        }
    }),
    DELETE_EXISTING_IGNORED_IN_BODY("@pay and not @reports", "deleteExistingSchedule true replaces the existing schedule", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            exchange.requestBody = exchange.requestBody.replaceAll(",?\\s*\"deleteExistingSchedule\"\\s*:\\s*(true|false|\"[^\"]*\")", "");
            return false;
        }
    }),
    DATES_IN_EXTENDED_FORM("@pay and not @reports", "The documentation's own example request is accepted as written", new Fault() {
        private final Pattern basic = Pattern.compile("\"(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z\"");

        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            exchange.responseBody = basic.matcher(exchange.responseBody).replaceAll("\"$1-$2-$3T$4:$5:$6Z\"");
        }
    }),
    WRONG_ERROR_BODY("@pay and not @reports", "An id that does not exist answers 404 ResourceNotFound", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.isPay() && exchange.status >= 400) {
                exchange.responseBody = exchange.responseBody.replace("\"reasonCode\"", "\"code\"").replace("\"message\"", "\"detail\"");
            }
        }
    }),
    NO_PAY_REQUEST_ID("@pay and not @reports", "Every response carries x-amz-pay-request-id, errors included", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            exchange.responseHeaders.remove("x-amz-pay-request-id");
        }
    }),
    CANCELLED_SCHEDULE_STILL_READABLE("@pay and not @reports", "A cancelled schedule is gone", new Fault() {
        private final Map<String, String> cancelled = new ConcurrentHashMap<>();

        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            if (exchange.method.equals("DELETE") && exchange.isPay()) {
                Exchange read = exchange.copyAs("GET");
                proxy.forward(read);
                if (read.status == 200) {
                    cancelled.put(exchange.rawPath, read.responseBody);
                }
            }
            return false;
        }

        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.method.equals("GET") && exchange.status == 404 && cancelled.containsKey(exchange.rawPath)) {
                exchange.status = 200;
                exchange.responseBody = cancelled.get(exchange.rawPath);
            }
        }
    }),
    OTHER_MERCHANTS_SCHEDULES_VISIBLE("@pay and not @reports", "One merchant never sees or changes another merchant's schedules", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            exchange.requestHeaders.remove("authorization");
            return false;
        }
    }),
    IDEMPOTENCY_KEY_IGNORED("@pay and @idempotency", "A create sent again with the same key and body gets the first answer", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            exchange.requestHeaders.remove(IDEMPOTENCY_KEY);
            return false;
        }
    }),
    MALFORMED_IDEMPOTENCY_KEY_ACCEPTED("@pay and @idempotency", "A malformed idempotency key is refused", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            // Takes any key, handing the stub one of its own in place of a malformed one.
            String key = exchange.requestHeader(IDEMPOTENCY_KEY);
            if (key != null && !key.matches("[A-Za-z0-9_-]{1,32}")) {
                exchange.requestHeaders.put(IDEMPOTENCY_KEY, new ArrayList<>(List.of(UUID.randomUUID().toString().replace("-", ""))));
            }
            return false;
        }
    }),
    MWS_WRONG_NAMESPACE("@mws and not @reports", "The seed's example request gets the seed's response", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            exchange.responseBody = exchange.responseBody.replace("http://mws.amazonaws.com/doc/2009-01-01/",
                    "http://mws.amazonservices.com/doc/2009-01-01/");
        }
    }),
    MWS_COUNT_WRONG("@mws and not @reports", "A seller without schedules gets an empty list and a count of 0", new Fault() {
        private final Pattern count = Pattern.compile("<Count>(\\d+)</Count>");

        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            Matcher m = count.matcher(exchange.responseBody);
            exchange.responseBody = m.replaceAll(r -> "<Count>" + (Integer.parseInt(r.group(1)) + 1) + "</Count>");
        }
    }),
    NEVER_DOES_NOT_DELETE("@mws and not @reports", "Schedule _NEVER_ deletes the schedule", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            Map<String, String> parameters = exchange.formParameters();
            if (!"_NEVER_".equals(parameters.get("Schedule"))) {
                return false;
            }
            // Answers as if it deleted, but asks the stub only to count.
            parameters.keySet().removeAll(Set.of("ReportType", "Schedule", "ScheduleDate"));
            parameters.put("Action", "GetReportScheduleCount");
            proxy.resign(exchange, parameters);
            proxy.forward(exchange);
            exchange.responseBody = exchange.responseBody.replace("GetReportScheduleCount", "ManageReportSchedule")
                    .replaceAll("<Count>\\d+</Count>", "<Count>0</Count>");
            return true;
        }
    }),
    MWS_366_DAY_RULE_MISSING("@mws and not @reports", "A ScheduleDate more than 366 days ahead is refused", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            Map<String, String> parameters = exchange.formParameters();
            String date = parameters.get("ScheduleDate");
            if (date != null && date.compareTo(Instant.now().plus(366, ChronoUnit.DAYS).toString()) > 0) {
                parameters.put("ScheduleDate", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
                proxy.resign(exchange, parameters);
            }
            return false;
        }
    }),
    MWS_WRONG_ELEMENT_ORDER("@mws and not @reports", "The seed's example request gets the seed's response", new Fault() {
        private final Pattern result = Pattern.compile("(<ManageReportScheduleResult>)(.*)(<Count>\\d+</Count>)(</ManageReportScheduleResult>)");

        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            exchange.responseBody = result.matcher(exchange.responseBody).replaceAll("$1$3$2$4");
        }
    }),
    MWS_REQUEST_EXPIRY_IGNORED("@mws and not @reports", "A request dated 20 minutes before the service's time is refused", new Fault() {
        private final Pattern now = Pattern.compile("\"now\":\"([^\"]+)\"");

        // A gateway that dates a stale request again by the service's time and signs it again.
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            Map<String, String> parameters = exchange.formParameters();
            String date = parameters.getOrDefault("Timestamp", parameters.get("Expires"));
            if (!exchange.isMws() || date == null) {
                return false;
            }
            Instant serviceNow = serviceTime(proxy);
            if (Duration.between(OffsetDateTime.parse(date).toInstant(), serviceNow).abs().toMinutes() >= 15) {
                parameters.remove("Expires");
                parameters.put("Timestamp", MwsSigner.timestamp(serviceNow));
                proxy.resign(exchange, parameters);
            }
            return false;
        }

        private Instant serviceTime(FaultyProxy proxy) {
            Exchange clock = new Exchange();
            clock.method = "GET";
            clock.rawPath = "/__admin/clock";
            clock.requestBody = "";
            proxy.forward(clock);
            Matcher m = now.matcher(clock.responseBody);
            return m.find() ? Instant.parse(m.group(1)) : Instant.now();
        }
    }),
    MWS_BAD_SIGNATURE_ACCEPTED("@mws and not @reports", "A request whose signature does not match is refused", null),
    MWS_THROTTLING_ABSENT("@mws and not @reports", "The eleventh request in a burst is throttled", null),
    SCHEDULES_NEVER_FIRE("@pay and @reports and @clock-control", "A daily schedule makes exactly one report when its time comes", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.method.equals("GET") && exchange.isPayPath("/v2/reports") && exchange.status == 200) {
                exchange.responseBody = "{\"reports\":[]}";
            }
        }
    }),
    CANCELLED_SCHEDULE_KEEPS_FIRING("@pay and @reports and @clock-control", "A cancelled schedule makes no more reports", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            if (!exchange.method.equals("DELETE") || !exchange.isPay()) {
                return false;
            }
            exchange.answer(200, "application/json", "{}");
            exchange.responseHeaders.put("x-amz-pay-request-id", new ArrayList<>(List.of("faulty-cancel")));
            return true;
        }
    }),
    DOCUMENT_URL_NEVER_EXPIRES("@pay and @reports and @clock-control", "The report's document downloads as CSV from a url that expires after 30 seconds", new Fault() {
        private final Map<String, String> downloaded = new ConcurrentHashMap<>();

        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (!exchange.rawPath.startsWith("/documents/")) {
                return;
            }
            if (exchange.status == 200) {
                downloaded.put(exchange.rawPath, exchange.responseBody);
            } else if (downloaded.containsKey(exchange.rawPath)) {
                exchange.answer(200, "text/csv", downloaded.get(exchange.rawPath));
            }
        }
    }),
    NEXT_TOKEN_IGNORED("@pay and @reports and not @clock-control", "Twenty-five reports read ten at a time come in three pages, without duplicates or gaps", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            if (exchange.isPayPath("/v2/reports")) {
                exchange.dropQueryParameter("nextToken");
            }
            return false;
        }
    }),
    UNFINISHED_REPORT_HAS_A_DOCUMENT("@pay and @reports and @clock-control", "A report whose processing ends FAILED says so and has no document", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            if (exchange.isPay()) {
                exchange.responseBody = exchange.responseBody.replaceAll("(\"processingStatus\":\"(FAILED|CANCELLED)\")",
                        "$1,\"reportDocumentId\":\"amzn1.tortuga.0.faulty\"");
            }
        }
    }),
    REPORT_PERIOD_ORDER_UNCHECKED("@pay and @reports and not @clock-control", "A Create Report request with an endTime before startTime is refused", new Fault() {
        private final Pattern period = Pattern.compile("\"startTime\":\\s*\"(\\d{8}T\\d{6}Z)\",\\s*\"endTime\":\\s*\"(\\d{8}T\\d{6}Z)\"");

        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            // Accepts a period given backwards, as if its ends were given the right way round.
            Matcher m = period.matcher(exchange.requestBody);
            if (exchange.isPayPath("/v2/reports") && m.find() && m.group(1).compareTo(m.group(2)) > 0) {
                exchange.requestBody = m.replaceFirst("\"startTime\": \"$2\", \"endTime\": \"$1\"");
            }
            return false;
        }
    }),
    PAY_BAD_SIGNATURE_ACCEPTED("@pay and @signing", "A request whose body was changed after signing is refused", null),
    PAY_KEY_REGISTRATION_IGNORED("@pay and @signing", "A request whose body was changed after signing is refused", new Fault() {
        @Override
        public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
            // Says it registered (or deleted) the key, and never tells the stub: its signatures go unchecked.
            if (!exchange.rawPath.startsWith("/__admin/pay-public-keys/")) {
                return false;
            }
            String id = exchange.rawPath.substring("/__admin/pay-public-keys/".length());
            if (exchange.method.equals("PUT")) {
                exchange.answer(201, "application/json", "{\"publicKeyId\":\"" + id + "\",\"algorithm\":\"RSA\",\"keySize\":2048,"
                        + "\"sha256Fingerprint\":\"" + "0".repeat(64) + "\",\"source\":\"admin\"}");
            } else {
                exchange.status = 204;
                exchange.responseBody = "";
            }
            exchange.responseHeaders.put("x-stub-request-id", new ArrayList<>(List.of("faulty-registration")));
            return true;
        }
    }),
    MWS_REPORT_CORRUPTED_IN_TRANSIT("@mws and @reports", "A seller's schedule makes a report that GetReportList lists", new Fault() {
        @Override
        public void onResponse(Exchange exchange, FaultyProxy proxy) {
            // The Content-MD5 of the report as sent, the body as received: its last line end lost its CR.
            if (exchange.isMws() && exchange.responseHeaders.containsKey("content-md5")) {
                exchange.responseBody = exchange.responseBody.replaceFirst("\r\n$", "\n");
            }
        }
    });

    private static final String IDEMPOTENCY_KEY = "x-amz-pay-idempotency-key";

    private final String tags;
    private final String caughtBy;
    private final Fault fault;

    FaultyImplementation(String tags, String caughtBy, Fault fault) {
        this.tags = tags;
        this.caughtBy = caughtBy;
        this.fault = fault;
    }

    String tags() {
        return tags;
    }

    /** The start of the name of the scenario that must catch it. */
    String caughtBy() {
        return caughtBy;
    }

    /** The proxy's fault; none for a fault the stub's own switch makes. */
    Fault fault() {
        return fault == null ? new Fault() { } : fault;
    }

    /** The stub's MWS switches for this implementation: the stub's own, except where the fault is a switch. */
    MwsSettings mws(MwsSettings correct) {
        return switch (this) {
            case MWS_BAD_SIGNATURE_ACCEPTED -> new MwsSettings(SignatureMode.OFF, correct.signingKeys(),
                    correct.throttling(), correct.reportTypes());
            case MWS_THROTTLING_ABSENT -> new MwsSettings(correct.signatureMode(), correct.signingKeys(),
                    MwsSettings.Throttling.OFF, correct.reportTypes());
            default -> correct;
        };
    }

    /** The stub's Amazon Pay signature mode for this implementation: its default, except where the fault is that switch. */
    PaySignatureMode paySignatureMode() {
        return this == PAY_BAD_SIGNATURE_ACCEPTED ? PaySignatureMode.OFF : PaySignatureMode.VERIFY_KNOWN;
    }

    static List<FaultyImplementation> all() {
        return List.of(values());
    }
}
