// GraphiQL served from the service's own jar: every script and style is bundled here, nothing comes from a CDN,
// so the page works on a closed network. `?path=` names the GraphQL endpoint, as Spring's own GraphiQL page does.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.css';

const DEFAULT_QUERY = `# Where does the city's row 12 come from, and who answers for it?
{
  planItem(key: "3100-qd-ubnd-2023:12") {
    text
    targets { year raw comparator value unit }
    responsibleUnits { role agency { name level } via { name } }
    legalBasis { number title issuedOn issuer { name } }
  }
}
`;

// Only an endpoint on this server: a crafted link must not turn the page into a client of another origin.
function endpoint() {
  const asked = new URLSearchParams(window.location.search).get('path') || '/graphql';
  const url = new URL(asked, window.location.origin);
  return url.origin === window.location.origin ? url.toString() : new URL('/graphql', window.location.origin).toString();
}

const fetcher = createGraphiQLFetcher({ url: endpoint() });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />,
);
