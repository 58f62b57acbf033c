package org.peercert.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Prints where the portal answers, so the run command ends with the URL. Startup observers run before the server
 * registers the web context, so the line waits until the home page answers (a 404 until then), at most a while.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration PAUSE = Duration.ofMillis(200);

    @Inject
    PortalUrls urls;

    @Resource
    ManagedExecutorService executor;

    /** After every other startup observer (the demo data, the scheduler), so the URL is the last thing said. */
    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup startup) {
        String url = urls.baseUrl();
        executor.execute(() -> {
            boolean answers = waitUntilAnswering(url);
            LOG.info(() -> answers ? "PeerCert is ready at " + url
                    : "PeerCert is deployed; " + url + " did not answer within " + PATIENCE.toMinutes() + " minutes");
        });
    }

    private static boolean waitUntilAnswering(String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 400) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
