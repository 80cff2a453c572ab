package dev.signet.core.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;

/**
 * Makes Jackson call a record's (or any public class's) canonical constructor through a method
 * handle spread once, when the deserializer is built, instead of per value.
 *
 * <p>Jackson 3.2 creates every constructor-built value with {@code MethodHandle.invokeWithArguments},
 * which builds a spreading adapter on each call; a typed response of a dozen records spent about a
 * sixth of its decode time there. Only the call changes: the arguments, their order and defaults,
 * and the error reporting (a constructor that throws is reported exactly as Jackson reports it)
 * stay Jackson's. Constructors that are not public in a public class keep Jackson's own call.
 * Installed in {@link dev.signet.core.SignetJson}; package-private.
 */
public final class ConstructorCallModule extends JacksonModule {
  @Override
  public String getModuleName() {
    return "signet-constructor-call";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addValueInstantiators(new ValueInstantiators.Base() {
      @Override
      public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
          ValueInstantiator defaultInstantiator) {
        return spread(defaultInstantiator);
      }
    });
  }

  /** The spreading instantiator for {@code instantiator}, or {@code instantiator} itself when it does not apply. */
  static ValueInstantiator spread(ValueInstantiator instantiator) {
    if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()
        || !(instantiator.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor)
        || !Modifier.isPublic(constructor.getModifiers())
        || !Modifier.isPublic(constructor.getDeclaringClass().getModifiers())) {
      return instantiator;
    }
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflectConstructor(constructor);
    } catch (IllegalAccessException notExported) {
      return instantiator;
    }
    MethodHandle spreader = handle
        .asSpreader(Object[].class, constructor.getParameterCount())
        .asType(MethodType.methodType(Object.class, Object[].class));
    return new Spreading((StdValueInstantiator) instantiator, spreader);
  }

  /** Jackson's standard instantiator with the constructor call replaced by a pre-spread handle. */
  private static final class Spreading extends StdValueInstantiator {
    private final MethodHandle constructor;

    Spreading(StdValueInstantiator base, MethodHandle constructor) {
      super(base);
      this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return (Object) constructor.invokeExact(args);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
      }
    }
  }
}
