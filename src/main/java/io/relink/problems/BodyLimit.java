package io.relink.problems;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The one limit on request bodies of the REST API, authenticated or not (callbacks included): a
 * body that says it is longer than {@link #MAX_BYTES} is refused with 413 before a byte of it is
 * read, and one that does not say (chunked) is read up to the limit and refused with 413 there;
 * nothing reads the rest. The container refuses declared bodies over 1 MiB by itself (see
 * server-config), and the pages have their own guard ({@code security.RequestLimits}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    /** The largest body any endpoint takes, in bytes. */
    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLong(declared)) {
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** Whether a Content-Length header asks for more than the limit (or is no number at all). */
    public static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > MAX_BYTES;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(
                413,
                "too-large",
                "Body too large",
                "A request body may have at most " + MAX_BYTES + " bytes.",
                Map.of());
    }

    /** Counts what is read and stops at the limit. */
    static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, MAX_BYTES + 1L - read));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, MAX_BYTES + 1L - read));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
