package org.entekhabat.polling.node;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks the station node's beans: they exist only in a node's context (where {@code entekhabat.node.dir}
 * is set), never in the central server, whose component scan also walks this package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "entekhabat.node.dir")
@interface ConditionalOnNode {
}
