package org.talkstracker.round;

import org.springframework.ui.Model;

/**
 * Short forms of a round's workspace (its editors' page), which the features answer: each
 * puts its blank form, under a name of its own, and the choices the form offers in the
 * model of the page.
 */
public interface WorkspaceForms {

	void offer(String round, Model model);

}
