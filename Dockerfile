# Multi-stage build: the same Maven wrapper as README, then a slim runtime image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 grants
WORKDIR /app
COPY --from=build /src/target/grant-processes.jar app.jar
USER grants
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
