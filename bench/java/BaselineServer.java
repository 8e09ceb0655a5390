import java.net.URI;
import java.nio.file.Files;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Bench only, never part of the stub: the floor the stub is measured against. One JAX-RS resource on the same
 * Jersey/Grizzly stack (compiled against the stub's own jar, so the same versions) answering constant JSON:
 * the bytes the stub answers for the measured GET, so both sides write the same amount.
 *
 * Usage: java -cp stub.jar:classes BaselineServer PORT BODY_FILE (port 0 picks a free one; the port is printed)
 */
public final class BaselineServer {

    static byte[] body;

    @jakarta.ws.rs.Path("/v2/report-schedules")
    public static final class Constant {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public byte[] get() {
            return body;
        }
    }

    public static void main(String[] args) throws Exception {
        body = Files.readAllBytes(java.nio.file.Path.of(args[1]));
        ResourceConfig app = new ResourceConfig(Constant.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + args[0] + "/"), app);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("baseline serving " + body.length + " bytes on port "
                + server.getListeners().iterator().next().getPort());
        Thread.currentThread().join();
    }
}
