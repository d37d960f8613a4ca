package org.talkstracker.approval;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talkstracker.editing.ApprovalRequiredException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.editing.ProposedForApprovalException;

/**
 * Every call of an editor's method marked {@link Proposable} that the two-person rule
 * keeps is stored as a request for approval. The advice wraps the method's transaction
 * (it comes first), because the rule refuses a change as the transaction commits; only
 * the outermost such call is stored, as the one save the editor made (a workspace's short
 * form, not each row it adds through another editor).
 */
@Configuration(proxyBeanMethods = false)
class ProposingConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor proposingAdvisor(ObjectProvider<Approvals> approvals) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(Proposable.class), new Proposing(approvals));
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	private record Proposing(ObjectProvider<Approvals> approvals) implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			try {
				return invocation.proceed();
			}
			catch (ApprovalRequiredException ex) {
				if (ex.getRound() == null || TransactionSynchronizationManager.isActualTransactionActive()) {
					throw ex;
				}
				Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(),
						AopUtils.getTargetClass(invocation.getThis()));
				Proposable proposable = AnnotatedElementUtils.findMergedAnnotation(method, Proposable.class);
				this.approvals.getObject().propose(ex.getRound(), proposable.value(), invocation.getArguments());
				throw new ProposedForApprovalException(ex.getRound());
			}
		}

	}

}
