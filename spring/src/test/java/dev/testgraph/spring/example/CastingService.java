package dev.testgraph.spring.example;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Casts people in movies, in one transaction per call. */
@Service
public class CastingService {

    private final MovieRepository movies;

    public CastingService(MovieRepository movies) {
        this.movies = movies;
    }

    /**
     * Adds the person to the movie's cast.
     *
     * @throws IllegalArgumentException when the movie does not exist
     */
    @Transactional
    public Movie cast(String title, Person person, String... roles) {
        Movie movie = movies.findById(title)
                .orElseThrow(() -> new IllegalArgumentException("No movie titled " + title));
        movie.getActors().add(new Role(person, List.of(roles)));
        return movies.save(movie);
    }
}
