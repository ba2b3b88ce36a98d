package io.relink.problems;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a request the container refused before Relink saw it (web.xml's error pages): a
 * body over the container's own limit gets a problem document on the REST API, as any other refusal
 * there does, and a short sentence elsewhere, never the server's error page.
 */
@WebServlet("/container-problem")
public class ContainerProblems extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 400;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String detail =
                status == 413
                        ? "A request body may have at most " + BodyLimit.MAX_BYTES + " bytes."
                        : "The request was refused.";
        response.setStatus(status);
        response.setHeader("Connection", "close");
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream()
                    .write(
                            Json.createObjectBuilder()
                                    .add("type", Problem.TYPE_PREFIX + "container-refusal")
                                    .add("title", status == 413 ? "Body too large" : "Refused")
                                    .add("status", status)
                                    .add("detail", detail)
                                    .add("instance", path)
                                    .build()
                                    .toString()
                                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write((detail + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
