package org.peercert.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test deployments only: does to the caller's session what a second node does when it takes the session over. Every
 * attribute (the Faces views and their view-scoped beans among them) is serialized, read back and put in place of the
 * original. Answers 200 with the attributes' names, or 500 with each attribute that cannot make the trip and why.
 * Under /staff/ so only a signed-in staff member can call it.
 */
@WebServlet("/staff/test-support/session-round-trip")
public class SessionRoundTripServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "no session");
            return;
        }
        Map<String, Object> restored = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            try {
                restored.put(name, roundTrip(session.getAttribute(name)));
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                failures.add(name + ": " + e);
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        if (!failures.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.getWriter().println(String.join("\n", failures));
            return;
        }
        restored.forEach(session::setAttribute);
        response.getWriter().println("restored " + String.join(", ", restored.keySet()));
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Class<?>> written = new HashMap<>();
        try (ObjectOutputStream out = new ClassNotingOutputStream(bytes, written)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ClassResolvingInputStream(new ByteArrayInputStream(bytes.toByteArray()), written)) {
            return in.readObject();
        }
    }

    /**
     * Notes each class it writes, so reading finds it again whichever module it came from (the server's own classes,
     * such as Elytron's, are not visible to the deployment), as the server's session marshalling does.
     */
    private static final class ClassNotingOutputStream extends ObjectOutputStream {

        private final Map<String, Class<?>> written;

        ClassNotingOutputStream(OutputStream out, Map<String, Class<?>> written) throws IOException {
            super(out);
            this.written = written;
        }

        @Override
        protected void annotateClass(Class<?> type) {
            written.put(type.getName(), type);
        }

        @Override
        protected void annotateProxyClass(Class<?> type) {
            written.put(type.getName(), type);
        }
    }

    private static final class ClassResolvingInputStream extends ObjectInputStream {

        private final Map<String, Class<?>> written;

        ClassResolvingInputStream(InputStream in, Map<String, Class<?>> written) throws IOException {
            super(in);
            this.written = written;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
            Class<?> known = written.get(type.getName());
            return known != null ? known : super.resolveClass(type);
        }
    }
}
