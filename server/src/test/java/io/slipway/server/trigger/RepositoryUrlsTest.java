package io.slipway.server.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryUrlsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "https://github.com/octo/hello-world, github.com/octo/hello-world",
            "https://github.com/octo/hello-world.git, github.com/octo/hello-world",
            "https://github.com/octo/hello-world/, github.com/octo/hello-world",
            "https://GitHub.COM/Octo/Hello-World.git/, github.com/octo/hello-world",
            "http://github.com/octo/hello-world, github.com/octo/hello-world",
            "https://user:s3cret@github.com/octo/hello-world.git, github.com/octo/hello-world",
            "https://github.com:443/octo/hello-world, github.com/octo/hello-world",
            "ssh://git@github.com/octo/hello-world.git, github.com/octo/hello-world",
            "ssh://git@github.com:2222/octo/hello-world.git, github.com/octo/hello-world",
            "git@github.com:octo/hello-world.git, github.com/octo/hello-world",
            "git@github.com:octo/hello-world, github.com/octo/hello-world",
            "github.com:octo/hello-world.git, github.com/octo/hello-world",
            "git://github.com/octo/hello-world.git, github.com/octo/hello-world",
            "https://127.0.0.1:3000/group/sub/project.git, 127.0.0.1/group/sub/project",
            "https://127.0.0.1/scm/PROJ/repo.git, 127.0.0.1/proj/repo",
            "ssh://git@127.0.0.1:7999/proj/repo.git, 127.0.0.1/proj/repo",
            "https://127.0.0.1/octo/hello-world.git?x=1#frag, 127.0.0.1/octo/hello-world",
            "file:///tmp/Repos/App.git, file:/tmp/Repos/App",
            "file:/tmp/Repos/App/, file:/tmp/Repos/App",
            "/tmp/Repos/App, file:/tmp/Repos/App"
    })
    void everyFormOfARepositoryAddressHasOneKey(String url, String key) {
        assertThat(RepositoryUrls.key(url)).contains(key);
    }

    @ParameterizedTest(name = "{0} and {1} are the same repository")
    @CsvSource({
            "https://github.com/octo/hello-world, git@github.com:octo/hello-world.git",
            "ssh://git@gitlab.example:2222/group/app.git, https://gitlab.example/group/app",
            "https://bitbucket.example/scm/proj/repo.git, ssh://git@bitbucket.example:7999/proj/repo.git",
            "file:///tmp/a/repo, /tmp/a/repo/"
    })
    void theSameRepositoryIsRecognisedAcrossForms(String a, String b) {
        assertThat(RepositoryUrls.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} differ")
    @CsvSource({
            "https://github.com/octo/hello-world, https://github.com/octo/hello-world2",
            "https://github.com/octo/hello-world, https://gitlab.com/octo/hello-world",
            "https://github.com/octo/app, https://github.com/other/app",
            "file:///tmp/a/Repo, file:///tmp/a/repo",
            "'', ''",
            "not a url, not a url"
    })
    void differentRepositoriesOrNonAddressesAreNotTheSame(String a, String b) {
        assertThat(RepositoryUrls.same(a, b)).isFalse();
    }
}
