package org.peercert.network;

/** What the network made of a corrective action plan it received. */
public enum PlanDecision { ACCEPTED, RETURNED }
