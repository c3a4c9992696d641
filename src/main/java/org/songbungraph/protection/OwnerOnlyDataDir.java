package org.songbungraph.protection;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Makes the data directory owner-only before Spring Boot's logging opens the app log inside it, and tightens what
 * an earlier run left there. Registered in META-INF/spring.factories, because it must run before any bean exists.
 */
public class OwnerOnlyDataDir implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dataDir = Binder.get(event.getEnvironment())
                .bind("songbun.data-dir", Path.class)
                .orElse(Path.of("data"));
        OwnerOnly.folder(dataDir);
        OwnerOnly.tighten(dataDir);
    }

    @Override
    public int getOrder() {
        // Boot's LoggingApplicationListener runs at HIGHEST_PRECEDENCE + 20.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
