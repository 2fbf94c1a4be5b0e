# syntax=docker/dockerfile:1
# newsgraph web app. Used by docker-compose.yml, which also runs Neo4j; the app talks to it through
# NEO4J_URI, so `npm start` (scripts/start.mjs) does not start a local embedded Neo4j here.

# ---- dependencies (dev dependencies included: `npm start` seeds the graph with tsx) ----
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- production build ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NEO4J_URI=bolt://neo4j:7687 \
    HOST=0.0.0.0 \
    PORT=3000
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
# NEO4J_AUTH ("user/password", as the neo4j image takes it) sets NEO4J_USER/NEO4J_PASSWORD, so one
# variable configures both containers. Without NEO4J_AUTH (or with "none") they are left alone.
ENTRYPOINT ["/bin/sh", "-c", "case \"$NEO4J_AUTH\" in */*) export NEO4J_USER=\"${NEO4J_AUTH%%/*}\" NEO4J_PASSWORD=\"${NEO4J_AUTH#*/}\" ;; esac; exec \"$@\"", "--"]
# start.mjs: apply the schema, seed an empty graph, then `next start -p $PORT -H $HOST`.
# --no-build: the image already holds the production build.
CMD ["npm", "start", "--", "--no-build"]
