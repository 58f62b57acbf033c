/**
 * #23: what a load balancer asks before sending a node requests. WildFly serves MicroProfile Health on its management
 * interface: /health/live (the server runs) and /health/ready, to which the portal adds its database and scheduler.
 */
package org.peercert.platform.health;
