package vn.chophien.household.training;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.dashboard.TrainedHouseholds;

/** The province dashboard's trained households: those who attended the province's training classes. */
@ApplicationScoped
public class TrainedInClasses implements TrainedHouseholds {

    private final TrainingService trainings;

    TrainedInClasses(TrainingService trainings) {
        this.trainings = trainings;
    }

    @Override
    public Trained trained(String provinceCode, LocalDate upTo) {
        return trainings.trainedUpTo(provinceCode, upTo);
    }
}
