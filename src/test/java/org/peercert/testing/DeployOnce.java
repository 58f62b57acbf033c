package org.peercert.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the test WAR ({@link Deployments#portal()}, the same for every class) once for the whole run rather than once
 * per test class: a deployment runs Flyway's checks, Hibernate's and Weld's start and the test accounts, about ten seconds
 * each time. Later classes are handed the first deployment's address; the WAR is undeployed before the server stops.
 * The run's mail server ({@link Mailbox}) starts with the first deployment and stops with it.
 */
public class DeployOnce implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    public static class Deployer {

        private ProtocolMetaData deployed;
        private Archive<?> archive;
        private DeployableContainer<?> container;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        private Instance<ProtocolMetaData> current;

        /** Runs inside the deployment's context (the lowest precedence), so what it sets belongs to this class's deployment. */
        public void deployTheFirstTime(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
            Deployment next = context.getEvent().getDeployment();
            if (deployed == null) {
                Mailbox.ensureRunning();
                context.proceed();
                if (next.isDeployed()) {
                    deployed = current.get();
                    archive = archiveOf(next.getDescription());
                    container = context.getEvent().getDeployableContainer();
                }
                return;
            }
            description.set(next.getDescription());
            deployment.set(next);
            protocolMetaData.set(deployed);
            next.deployed();
        }

        public void keepDeployed(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            context.getEvent().getDeployment().undeployed();
        }

        public void undeployBeforeTheServerStops(@Observes BeforeStop event) throws DeploymentException {
            Mailbox.shutDown();
            if (archive != null) {
                container.undeploy(archive);
                archive = null;
                deployed = null;
            }
        }

        private static Archive<?> archiveOf(DeploymentDescription description) {
            return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        }
    }
}
