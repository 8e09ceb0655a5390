import java.net.URI;
import java.nio.file.Files;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.reportschedules.api.mws.MwsReportsApi;
import org.reportschedules.api.pay.ReportSchedulesApi;
import org.reportschedules.api.pay.model.CreateReportScheduleRequest;

/**
 * Bench only, never part of the stub: the floor of each measured operation's shape. The stub's own generated
 * interfaces (Amazon Pay report schedules, the MWS Reports section) implemented on the same Jersey/Grizzly with
 * constant answers: Jersey matches the same paths, reads the same JSON body into the same model, extracts the same
 * 32 MWS form parameters, and writes the bytes the stub answers; none of the stub's own work (dialects, signatures,
 * journal, access log, rules, store) is done. What the stub costs beyond this floor is its own.
 *
 * Usage: java -cp stub.jar:classes InterfaceFloorServer PORT GET_BODY CREATE_BODY MWS_BODY
 */
public final class InterfaceFloorServer {

    static byte[] list;
    static byte[] created;
    static byte[] mwsAnswer;

    public static final class Schedules implements ReportSchedulesApi {
        @Override
        public Response cancelReportSchedule(String id, String date, String host, String region) {
            return Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build();
        }

        @Override
        public Response createReportSchedule(CreateReportScheduleRequest request, String deleteExisting, String date, String host,
                                             String region, String idempotencyKey) {
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(created).build();
        }

        @Override
        public Response getReportScheduleById(String id, String date, String host, String region) {
            return Response.ok(created, MediaType.APPLICATION_JSON_TYPE).build();
        }

        @Override
        public Response getReportSchedules(String reportTypes, String date, String host, String region) {
            return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    public static final class Mws implements MwsReportsApi {
        @Override
        public Response postRoot(String action, String awsAccessKeyId, String sellerId, String merchant, String mwsAuthToken,
                                 String marketplace, String signatureMethod, Integer signatureVersion, String timestamp, String expires,
                                 String version, String signature, String reportType, String schedule, String scheduleDate,
                                 String nextToken, Integer maxCount, Boolean acknowledged, String availableFromDate,
                                 String availableToDate, Long reportRequestIdListId1, Long reportId, String t1, String t2, String t3,
                                 String t4, String t5, String t6, String t7, String t8, String t9, String t10) {
            return answer();
        }

        @Override
        public Response postReports(String action, String awsAccessKeyId, String sellerId, String merchant, String mwsAuthToken,
                                    String marketplace, String signatureMethod, Integer signatureVersion, String timestamp, String expires,
                                    String version, String signature, String reportType, String schedule, String scheduleDate,
                                    String nextToken, Integer maxCount, Boolean acknowledged, String availableFromDate,
                                    String availableToDate, Long reportRequestIdListId1, Long reportId, String t1, String t2, String t3,
                                    String t4, String t5, String t6, String t7, String t8, String t9, String t10) {
            return answer();
        }

        private static Response answer() {
            return Response.ok(mwsAnswer, MediaType.TEXT_XML_TYPE).build();
        }
    }

    public static void main(String[] args) throws Exception {
        list = Files.readAllBytes(java.nio.file.Path.of(args[1]));
        created = Files.readAllBytes(java.nio.file.Path.of(args[2]));
        mwsAnswer = Files.readAllBytes(java.nio.file.Path.of(args[3]));
        ResourceConfig app = new ResourceConfig(Schedules.class, Mws.class).register(JacksonFeature.withoutExceptionMappers())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + args[0] + "/"), app);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("interface floor serving on port " + server.getListeners().iterator().next().getPort());
        Thread.currentThread().join();
    }
}
