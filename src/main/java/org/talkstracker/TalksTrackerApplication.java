package org.talkstracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TalksTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(TalksTrackerApplication.class, args);
	}

}
