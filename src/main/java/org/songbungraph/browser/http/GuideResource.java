package org.songbungraph.browser.http;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.songbungraph.browser.BrowserGuide;

/**
 * Serves the Browser guide and stylesheet from the embedded Neo4j's own web server (an unmanaged extension
 * mounted at {@value #MOUNT}), so Browser never needs a host other than the one it was loaded from.
 * Neither holds graph data, only the shipped guide text and cookbook queries.
 */
@Path("/")
public class GuideResource {

    public static final String MOUNT = "/songbun";
    public static final String GUIDE = "guide.html";
    public static final String STYLE = "style.grass";

    @GET
    @Path(GUIDE)
    @Produces("text/html; charset=utf-8")
    public Response guide() {
        return ok(BrowserGuide.html());
    }

    @GET
    @Path(STYLE)
    @Produces("text/plain; charset=utf-8")
    public Response style() {
        return ok(BrowserGuide.stylesheet());
    }

    private static Response ok(String body) {
        // Browser may be opened as localhost or 127.0.0.1; either origin may fetch these.
        return Response.ok(body)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "no-cache")
                .build();
    }
}
