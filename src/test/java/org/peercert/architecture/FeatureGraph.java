package org.peercert.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which feature uses which, from the compiled classes, drawn without the arrows that others already imply. */
final class FeatureGraph {

    private final Map<String, Set<String>> uses;

    private FeatureGraph(Map<String, Set<String>> uses) {
        this.uses = uses;
    }

    static FeatureGraph of(JavaClasses classes, String root) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = featureOf(type.getPackageName(), root);
            if (from == null) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(from, f -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = featureOf(dependency.getTargetClass().getPackageName(), root);
                if (to != null && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return new FeatureGraph(uses);
    }

    private static String featureOf(String packageName, String root) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Mermaid, bottom-up: the features everything builds on at the bottom. */
    String mermaid() {
        StringBuilder out = new StringBuilder("graph BT\n");
        uses.forEach((from, targets) -> {
            for (String to : targets) {
                if (!impliedByAnother(from, to)) {
                    out.append("    ").append(from).append(" --> ").append(to).append('\n');
                }
            }
        });
        return out.toString();
    }

    /** Some other feature {@code from} uses reaches {@code to} already. */
    private boolean impliedByAnother(String from, String to) {
        for (String via : uses.getOrDefault(from, Set.of())) {
            if (!via.equals(to) && reaches(via, to, new TreeSet<>())) {
                return true;
            }
        }
        return false;
    }

    private boolean reaches(String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (reaches(next, to, seen)) {
                return true;
            }
        }
        return false;
    }
}
