package io.relink.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error page of the container ({@code web.xml}'s {@code error-page}, for every status and
 * every uncaught exception): whatever the servlet container answers itself (a path nothing serves,
 * {@code ..%2F} in an id, a role a page needs, a failure nobody caught) leaves as a problem
 * document under {@code /api/} and as the friendly page {@code /error.xhtml}, in the site's layout,
 * elsewhere. Never the server's own page, which names the server and the exception. An uncaught
 * exception is logged with an incident id, which is all the answer shows of it.
 */
@WebServlet(urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    public static final String PATH = "/error";

    /** The request attribute the page reads its texts from. */
    public static final String TEXTS = "relink.error";

    /** The request attribute the page reads the incident id from, when there is one. */
    public static final String INCIDENT = "relink.incident";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status) || !(uri instanceof String path)) {
            response.sendError(404); // asked for directly: there is nothing here
            return;
        }
        StatusTexts texts = StatusTexts.of(status);
        String incident = null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + path, failure);
        }
        response.setStatus(texts.status());
        if (path.startsWith(request.getContextPath() + "/api/")) {
            String detail =
                    incident == null
                            ? texts.forClients()
                            : texts.forClients() + " Incident " + incident + ".";
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream()
                    .write(
                            Problem.document(
                                            texts.status(),
                                            texts.type(),
                                            texts.title(),
                                            detail,
                                            path)
                                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        request.setAttribute(TEXTS, new Shown(texts));
        if (incident != null) {
            request.setAttribute(INCIDENT, incident);
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /** The texts with getters, for the page's expression language. */
    public static final class Shown {
        private final StatusTexts texts;

        Shown(StatusTexts texts) {
            this.texts = texts;
        }

        public int getStatus() {
            return texts.status();
        }

        public String getTitle() {
            return texts.title();
        }

        public String getDetail() {
            return texts.forPeople();
        }
    }
}
