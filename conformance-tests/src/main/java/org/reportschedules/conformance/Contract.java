package org.reportschedules.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * REST Assured filters that check every exchange against the contract files of api-spec, read from the
 * classpath: the same files the stub's interfaces are generated from. A scenario that sends invalid input
 * on purpose uses the response-only filter, so only the answer is judged.
 */
public final class Contract {

    /** The Pay contract's server path prefixes; the validator matches paths against one base path at a time. */
    private static final List<String> PAY_BASE_PATHS = List.of("/live", "/sandbox", "");

    public static final Filter PAY = new ByBasePath("amazon-pay-reports.yaml", false);
    public static final Filter PAY_RESPONSE_ONLY = new ByBasePath("amazon-pay-reports.yaml", true);

    /** The stub's own admin API, for @clock-control scenarios. */
    public static final Filter ADMIN = validator(read("stub-admin.yaml"), "", false);

    /** MWS: the OpenAPI file judges statuses and headers; it cannot judge XML bodies, the XML Schema does. */
    public static final Filter MWS = withXmlSchema(validator(read("mws-reports.yaml"), "", false));
    public static final Filter MWS_RESPONSE_ONLY = withXmlSchema(validator(read("mws-reports.yaml"), "", true));

    private Contract() {
    }

    public static String read(String file) {
        try (InputStream in = Contract.class.getResourceAsStream("/openapi/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Contract file openapi/" + file + " is not on the classpath (api-spec jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Filter withXmlSchema(OpenApiValidationFilter openApi) {
        XmlSchemaCheck schema = new XmlSchemaCheck(Contract.class.getResource("/openapi/mws-reports.xsd"));
        return (request, response, context) -> {
            Response answered = openApi.filter(request, response, context);
            return isReportFile(request, answered) ? answered : schema.check(answered);
        };
    }

    /** GetReport's success is the report itself, a flat file (the contract's text/plain), the one MWS answer that is not XML. */
    private static boolean isReportFile(FilterableRequestSpecification request, Response response) {
        return response.statusCode() == 200 && "GetReport".equals(mwsAction(request));
    }

    /** The Action of an MWS request, from its query string or its form body. */
    private static String mwsAction(FilterableRequestSpecification request) {
        Object inQuery = request.getQueryParams().get("Action");
        if (inQuery != null) {
            return inQuery.toString();
        }
        Object body = request.getBody();
        if (body == null) {
            return null;
        }
        for (String pair : body.toString().split("&")) {
            if (pair.startsWith("Action=")) {
                return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static OpenApiValidationFilter validator(String spec, String basePath, boolean responseOnly) {
        OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withBasePathOverride(basePath);
        if (responseOnly) {
            builder.withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build());
        }
        return new OpenApiValidationFilter(builder.build());
    }

    /** Delegates to the validator whose server base path the request's path starts with. */
    private static final class ByBasePath implements Filter {

        private final OpenApiValidationFilter[] validators;

        ByBasePath(String file, boolean responseOnly) {
            String spec = read(file);
            validators = PAY_BASE_PATHS.stream()
                    .map(base -> validator(spec, base, responseOnly))
                    .toArray(OpenApiValidationFilter[]::new);
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String path = URI.create(request.getURI()).getPath();
            for (int i = 0; i < PAY_BASE_PATHS.size(); i++) {
                String base = PAY_BASE_PATHS.get(i);
                if (base.isEmpty() || path.startsWith(base + "/")) {
                    return validators[i].filter(request, response, context);
                }
            }
            throw new IllegalStateException("unreachable: the empty base path matches every request");
        }
    }
}
