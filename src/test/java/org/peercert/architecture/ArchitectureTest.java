package org.peercert.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.platform.web.PagedModel;

/**
 * The feature boundaries DESIGN.md draws, checked on the compiled classes: features form no cycle, {@code platform}
 * knows no feature, pages and the API reach the database only through services, and a feature changes another
 * feature's records only through that feature's services or events.
 */
class ArchitectureTest {

    private static final String ROOT = "org.peercert";
    private static final Pattern FEATURE = Pattern.compile("^org\\.peercert\\.([a-z]+)(\\..*)?$");
    /** Demo data is seeded across features on purpose, as the features' own tests do. */
    private static final String DEMO = "demo";

    private static final String README_MARK = "<!-- feature dependencies: generated from the code by ArchitectureTest -->";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".platform.."))))
                .check(classes);
    }

    @Test
    void theApiNeedsNoFaces() {
        noClasses().that().resideInAPackage(ROOT + "..api..").should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..",
                ROOT + "..web..").check(classes);
    }

    @Test
    void pagesAndTheApiReachTheDatabaseOnlyThroughServices() {
        noClasses().that().resideInAnyPackage(ROOT + "..web..", ROOT + "..api..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void aFeatureChangesAnotherFeaturesRecordsOnlyThroughItsServices() {
        classes().that(not(resideInAPackage(ROOT + "." + DEMO + "..")))
                .should(leaveOtherFeaturesEntitiesAlone())
                .check(classes);
    }

    private static ArchCondition<JavaClass> leaveOtherFeaturesEntitiesAlone() {
        return new ArchCondition<>("not create or change an entity of another feature") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                for (JavaAccess<?> access : caller.getAccessesFromSelf()) {
                    if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
                        continue;
                    }
                    JavaClass owner = target.getOwner();
                    if (owner.isAnnotatedWith(Entity.class) && !feature(owner).equals(feature(caller)) && writesFieldsOf(owner, target)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** A constructor, or a method that sets one of the entity's fields. */
    private static boolean writesFieldsOf(JavaClass entity, CodeUnitAccessTarget target) {
        return target.resolveMember().map(unit -> unit.isConstructor() || unit.getFieldAccesses().stream()
                .anyMatch(field -> field.getAccessType() == AccessType.SET && field.getTargetOwner().equals(entity))).orElse(false);
    }

    /**
     * The README's package-dependency picture is the code's: each feature with the features it uses directly, less the
     * uses another arrow already implies. A change of dependencies fails here with the picture to paste.
     */
    @Test
    void theReadmeShowsTheFeatureDependenciesOfTheCode() throws IOException {
        String picture = FeatureGraph.of(classes, ROOT).mermaid();
        Path generated = Path.of("target", "architecture", "features.mmd");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, picture);
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(README_MARK);
        assertTrue(start >= 0, "README.md has no line " + README_MARK);
        int from = readme.indexOf("```mermaid\n", start) + "```mermaid\n".length();
        String shown = readme.substring(from, readme.indexOf("```", from));
        assertEquals(picture, shown, "README.md's feature picture is stale; the code's is in " + generated);
    }

    /**
     * What a view or session keeps must make the trip to another node: no entities (ids or small records instead), and
     * nothing that does not serialize, in any field that is not transient (injected beans are serializable proxies).
     */
    @Test
    void viewAndSessionScopedBeansKeepOnlySerializableStateAndNoEntities() {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(ViewScoped.class) && !type.isAnnotatedWith(SessionScoped.class)) {
                continue;
            }
            beans++;
            for (Field field : type.reflect().getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                String why = unfitToKeep(field.getGenericType());
                if (why != null) {
                    problems.add(type.getSimpleName() + "." + field.getName() + ": " + why);
                }
            }
        }
        assertTrue(beans > 30, "found only " + beans + " view- or session-scoped beans");
        assertEquals(List.of(), problems);
    }

    private static String unfitToKeep(Type type) {
        if (type instanceof ParameterizedType generic) {
            String why = unfitToKeep(generic.getRawType());
            for (Type argument : generic.getActualTypeArguments()) {
                why = why != null ? why : unfitToKeep(argument);
            }
            return why;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum()) {
            return null;
        }
        if (PagedModel.class.isAssignableFrom(raw)) {
            return "keeps a table model, whose finder is a lambda (ask PagedModel.forRequest in the getter)";
        }
        if (raw.isAnnotationPresent(Entity.class)) {
            return "keeps an entity, " + raw.getSimpleName() + " (keep its id or a small record)";
        }
        boolean collection = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
        return raw.isInterface() && collection || Serializable.class.isAssignableFrom(raw) ? null : raw.getSimpleName() + " does not serialize";
    }

    private static String feature(JavaClass type) {
        Matcher m = FEATURE.matcher(type.getPackageName());
        return m.matches() ? m.group(1) : type.getPackageName();
    }
}
