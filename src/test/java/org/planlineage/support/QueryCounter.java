package org.planlineage.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the service sends to Neo4j: wraps the driver so that every {@code run} on a session
 * or a transaction it hands out is counted. Import it into a test to prove that a query costs a bounded number of
 * round trips.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private final AtomicInteger statements = new AtomicInteger();

    public int count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    @Bean
    static BeanPostProcessor countingDriver(QueryCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Driver driver ? counter.wrap(driver, Driver.class) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("run")) {
                statements.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            Class<?> returned = method.getReturnType();
            // sessions and transactions hand out the runs to count
            if (result != null
                    && returned.isInterface()
                    && returned.getName().startsWith("org.neo4j.driver")
                    && (returned.getSimpleName().contains("Session")
                            || returned.getSimpleName().contains("Transaction"))) {
                return wrap(result, (Class<Object>) returned);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
